/// A mapping in a curriculum file: the keys it allows, in the order the format
/// reference lists them. The loader rejects any other key and reports every
/// required one that is missing; the JSON Schema is generated from the same value.
public struct FormatShape: Sendable, Hashable {
    /// The shape's name in the schema's definitions and in the reference: `phase`.
    public let name: String
    /// What a mapping of this shape is, in one sentence.
    public let summary: String
    public let keys: [FormatKey]

    public init(_ name: String, _ summary: String, keys: [FormatKey]) {
        self.name = name
        self.summary = summary
        self.keys = keys
    }

    public var keyNames: [String] { keys.map(\.name) }

    public func key(_ name: String) -> FormatKey? { keys.first { $0.name == name } }
}
