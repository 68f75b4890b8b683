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
}

extension [KeyBinding] {
    /// The command `key` means in this table, if any.
    func command(for key: Key) -> Command? {
        first { $0.keys.contains(key) }?.command
    }
}
