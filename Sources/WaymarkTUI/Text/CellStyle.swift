import WaymarkCurriculum

/// How one cell looks, in terms of meaning rather than colour numbers: the
/// terminal adapter maps roles to colours, or to nothing under NO_COLOR.
public struct CellStyle: Sendable, Hashable {
    /// What the text is; decides its colour when colour is on.
    public enum Role: UInt8, Sendable, Hashable, CaseIterable {
        case normal, accent, heading, good, warning, muted, code
    }

    public var role: Role = .normal
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false

    public init(
        role: Role = .normal, bold: Bool = false, dim: Bool = false, italic: Bool = false, underline: Bool = false,
        reverse: Bool = false
    ) {
        self.role = role
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = CellStyle()
    public static let strong = CellStyle(bold: true)
    public static let muted = CellStyle(role: .muted, dim: true)
    public static let heading = CellStyle(role: .heading, bold: true)
    public static let accent = CellStyle(role: .accent, bold: true)
    public static let good = CellStyle(role: .good)
    public static let warning = CellStyle(role: .warning, bold: true)
    public static let selected = CellStyle(reverse: true)

    /// This style with the selection's reverse video on top.
    public var selected: CellStyle {
        var copy = self
        copy.reverse = true
        return copy
    }

    /// Whether a blank in this style looks any different from a plain blank:
    /// a role sets only the foreground colour, and of the attributes only
    /// underline and reverse video draw where there is no glyph.
    var showsOnBlank: Bool { underline || reverse }

    // The style in one byte, so a frame keeps a cell in one machine word: the
    // role in the low three bits, then one bit per attribute.
    private static let boldBit: UInt8 = 1 << 3
    private static let dimBit: UInt8 = 1 << 4
    private static let italicBit: UInt8 = 1 << 5
    private static let underlineBit: UInt8 = 1 << 6
    private static let reverseBit: UInt8 = 1 << 7
    /// The bits of `packed` that `showsOnBlank` looks at.
    static let showsOnBlankBits = underlineBit | reverseBit

    var packed: UInt8 {
        var bits = role.rawValue
        if bold { bits |= Self.boldBit }
        if dim { bits |= Self.dimBit }
        if italic { bits |= Self.italicBit }
        if underline { bits |= Self.underlineBit }
        if reverse { bits |= Self.reverseBit }
        return bits
    }

    init(packed bits: UInt8) {
        self.init(
            role: Role(rawValue: bits & 0b111) ?? .normal, bold: bits & Self.boldBit != 0,
            dim: bits & Self.dimBit != 0, italic: bits & Self.italicBit != 0,
            underline: bits & Self.underlineBit != 0, reverse: bits & Self.reverseBit != 0)
    }
}

/// A run of text in one style.
public struct Span: Sendable, Hashable {
    public var text: String
    public var style: CellStyle

    public init(_ text: String, _ style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }

    public var width: Int { DisplayWidth.of(text) }
}

/// One line of styled text, laid out before it is put into a frame.
public typealias StyledLine = [Span]

extension Array where Element == Span {
    public var width: Int { reduce(0) { $0 + $1.width } }
    public var plainText: String { map(\.text).joined() }
}
