/// The type of a value in a curriculum file, as the loader reads it and as the
/// JSON Schema and the format reference describe it.
public indirect enum FormatType: Sendable, Hashable {
    /// A single value shown as text. YAML numbers and booleans count too: the
    /// loader reads every scalar as text.
    case text
    /// A lowercase kebab-case id, such as `notes-on-each-law`.
    case id
    /// A whole number, at least `min` and at most `max` when given.
    case integer(min: Int, max: Int? = nil)
    /// A week or a range of weeks: `2` or `1-3`.
    case weeks
    /// One of a fixed set of words.
    case choice([String])
    /// A list of values of one type.
    case list(FormatType, minItems: Int = 0, maxItems: Int? = nil)
    /// A mapping described by the shape of that name in `CurriculumFormat`.
    case shape(String)
    /// Any one of these.
    case anyOf([FormatType])
    /// The word `off`, which turns a lint rule off.
    case off

    /// How a reader of an error message should write a value of this type: the
    /// sample in "add 'weeks: 1-2'".
    public var sample: String {
        switch self {
        case .text: return "<text>"
        case .id: return "<id>"
        case .integer(let min, _): return "\(Swift.max(min, 1))"
        case .weeks: return "1-2"
        case .choice(let words): return words.first ?? "<word>"
        case .list(let item, _, _): return "[\(item.sample), ...]"
        case .shape: return "<a mapping of keys, on the lines below>"
        case .anyOf(let types): return types.first?.sample ?? "<value>"
        case .off: return "off"
        }
    }
}
