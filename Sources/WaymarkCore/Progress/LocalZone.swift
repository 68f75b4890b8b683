import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The learner's offset from UTC, for turning instants into calendar days. The
/// system zone is read through the C library (TZ, /etc/localtime) rather than
/// Foundation's TimeZone, which loads ICU's zone tables: several megabytes of
/// memory and milliseconds of startup for one number.
public enum LocalZone: Sendable, Equatable {
    case system
    /// A fixed offset, in seconds east of UTC.
    case fixed(secondsEast: Int)

    public static let utc = LocalZone.fixed(secondsEast: 0)

    public func secondsFromUTC(at date: Date) -> Int {
        switch self {
        case .fixed(let seconds):
            return seconds
        case .system:
            var time = time_t(date.timeIntervalSince1970.rounded(.down))
            var parts = tm()
            guard localtime_r(&time, &parts) != nil else { return 0 }
            return Int(parts.tm_gmtoff)
        }
    }
}
