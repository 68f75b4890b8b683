/// One key a mapping in a curriculum file may hold: its type, whether it must be
/// there, what it means and what an absent optional key stands for.
public struct FormatKey: Sendable, Hashable {
    public let name: String
    public let type: FormatType
    public let isRequired: Bool
    /// What the key is for, in one sentence: the reference, the schema's hover text.
    public let summary: String
    /// What an absent optional key means, in words ("none", "[]", "400-1200").
    public let defaultValue: String?

    public init(
        _ name: String, _ type: FormatType, required: Bool, _ summary: String, default defaultValue: String? = nil
    ) {
        self.name = name
        self.type = type
        self.isRequired = required
        self.summary = summary
        self.defaultValue = defaultValue
    }

    /// A required key.
    static func required(_ name: String, _ type: FormatType, _ summary: String) -> FormatKey {
        FormatKey(name, type, required: true, summary)
    }

    /// An optional key and what its absence means.
    static func optional(_ name: String, _ type: FormatType, _ summary: String, default value: String) -> FormatKey {
        FormatKey(name, type, required: false, summary, default: value)
    }
}
