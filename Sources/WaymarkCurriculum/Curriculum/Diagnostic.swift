/// One problem found in a curriculum, located as precisely as the input allows.
///
/// Rendered as `file:line:column: message` (an error) or
/// `file:line:column: warning: message`, the forms editors and compilers use, so
/// an author can jump straight to it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// An error stops the curriculum from loading; a warning is a house rule of
    /// the course (`lint:` in curriculum.yaml) that a lesson does not keep.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int, column: Int, message: String, severity: Severity = .error) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
        self.message = message
        self.severity = severity
    }

    public var isError: Bool { severity == .error }

    public var description: String {
        let label = severity == .warning ? "warning: " : ""
        return "\(file):\(line):\(column): \(label)\(message)".sanitizedForDisplay
    }
}

/// Where in a file something stands; the loader threads these through so every
/// diagnostic can name a line and column.
public struct SourceLocation: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    func diagnostic(_ message: String, severity: Diagnostic.Severity = .error) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, message: message, severity: severity)
    }
}

/// The problems collected while loading; the loader never stops at the first.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init() {}

    public var isEmpty: Bool { items.isEmpty }

    mutating func report(_ message: String, at location: SourceLocation) {
        items.append(location.diagnostic(message))
    }

    mutating func warn(_ message: String, at location: SourceLocation) {
        items.append(location.diagnostic(message, severity: .warning))
    }

    mutating func append(contentsOf other: [Diagnostic]) {
        items.append(contentsOf: other)
    }

    /// Sorted by file, then position, so output is stable and easy to follow.
    public var sorted: [Diagnostic] {
        items.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }
}
