/// One row of a key table. The help overlay and the footer are generated from
/// these, so they can never disagree with what the keys do.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var command: Command
    public var summary: String
    /// Shown in the footer (in table order).
    public var inFooter: Bool

    public init(_ keys: [Key], _ command: Command, _ summary: String, inFooter: Bool = false) {
        self.keys = keys
        self.command = command
        self.summary = summary
        self.inFooter = inFooter
    }

    public var keyLabel: String { keys.map(\.label).joined(separator: "/") }

    /// Stands for the course's prelude in key summaries and titles, which are fixed
    /// tables: drawn as the prelude's own title ("Bootcamp" in ours).
    public static let prelude = "{prelude}"
}

extension String {
    /// The text with `KeyBinding.prelude` replaced by this course's prelude title.
    /// Asked of every title and footer hint on every frame: the byte test keeps
    /// Foundation's NSString search (about 24 µs a frame) off the common case.
    func replacingPrelude(_ app: AppContext) -> String {
        guard utf8.contains(UInt8(ascii: "{")) else { return self }
        return replacingOccurrences(of: KeyBinding.prelude, with: app.curriculum.bootcamp.title)
    }
}

extension [KeyBinding] {
    /// The command `key` means in this table, if any.
    func command(for key: Key) -> Command? {
        first { $0.keys.contains(key) }?.command
    }
}
