import Foundation

/// The process environment, one variable at a time. `ProcessInfo.environment`
/// copies every variable into a dictionary on each call, which start-up pays for
/// nothing.
public enum Environment {
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
