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

    /// The style in one byte, so a frame keeps a cell in one machine word:
    /// the role in the low three bits, then one bit per attribute.
    var packed: UInt8 {
        var bits = role.rawValue
        if bold { bits |= 1 << 3 }
        if dim { bits |= 1 << 4 }
        if italic { bits |= 1 << 5 }
        if underline { bits |= 1 << 6 }
        if reverse { bits |= 1 << 7 }
        return bits
    }

    init(packed bits: UInt8) {
        self.init(
            role: Role(rawValue: bits & 0b111) ?? .normal, bold: bits & 1 << 3 != 0, dim: bits & 1 << 4 != 0,
            italic: bits & 1 << 5 != 0, underline: bits & 1 << 6 != 0, reverse: bits & 1 << 7 != 0)
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

    public var width: Int { ColumnWidth.width(of: text) }
}

/// One line of styled text, laid out before it is put into a frame.
public typealias StyledLine = [Span]

extension Array where Element == Span {
    public var width: Int { reduce(0) { $0 + $1.width } }
    public var plainText: String { map(\.text).joined() }
}
