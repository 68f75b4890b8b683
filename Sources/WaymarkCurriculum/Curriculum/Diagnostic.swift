/// One problem found in a curriculum, located as precisely as the input allows.
///
/// Rendered as `file:line:column: message`, the form editors and compilers use,
/// so an author can jump straight to it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
        self.message = message
    }

    public var description: String {
        "\(file):\(line):\(column): \(message)".sanitizedForDisplay
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

    func diagnostic(_ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, message: message)
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

    mutating func append(contentsOf other: [Diagnostic]) {
        items.append(contentsOf: other)
    }

    /// Sorted by file, then position, so output is stable and easy to follow.
    public var sorted: [Diagnostic] {
        items.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }
}
