import Foundation

/// Text from curriculum and progress files is untrusted: a title could carry an
/// escape sequence that repaints or retitles the learner's terminal. Everything
/// shown passes through `sanitizedForDisplay` first.
extension String {
    /// The text with C0/C1 controls (other than tab and newline) replaced by a
    /// visible marker, and bidirectional overrides and other invisible format
    /// characters removed. Zero-width joiners and variation selectors stay, so
    /// emoji sequences survive.
    public var sanitizedForDisplay: String {
        if isPlainASCII { return self }
        // Text with dashes, arrows or accents nearly always has nothing to change:
        // checked first, it is returned as it is instead of rebuilt scalar by scalar
        // (a lesson body took a third of a returning learner's start-up that way).
        if unicodeScalars.allSatisfy({ ($0.value >= 0x20 && $0.value < 0x7F) || UnicodeSafety.classify($0) == .keep }) {
            return self
        }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch UnicodeSafety.classify(scalar) {
            case .keep: result.append(scalar)
            case .replace: result.append(UnicodeSafety.marker)
            case .drop: break
            }
        }
        return String(result)
    }

    /// Printable ASCII and newlines only: nothing to sanitise.
    private var isPlainASCII: Bool {
        utf8.withContiguousStorageIfAvailable(Self.isPlainASCII)
            ?? utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A }
    }

    /// Whether `utf8` is printable ASCII and newlines only. Contiguous bytes, which
    /// most strings have, are checked several times faster than the UTF-8 view, and
    /// without an early exit faster again: the compiler then checks many bytes at
    /// once (a large curriculum's snapshot holds megabytes of text, all checked when
    /// it loads).
    static func isPlainASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var unusual: UInt8 = 0
        for byte in utf8 { unusual |= (byte &- 0x20 > 0x5E ? 1 : 0) & (byte != 0x0A ? 1 : 0) }
        return unusual == 0
    }

    /// One display line: also turns newlines and tabs into spaces.
    ///
    /// Works scalar by scalar: Foundation's `replacingOccurrences` compares grapheme
    /// clusters on Linux, so a tab or newline followed by a combining mark
    /// (`"\t\u{0305}"`) would slip through it.
    public var sanitizedLine: String {
        let clean = sanitizedForDisplay
        guard clean.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return clean }
        var result = String.UnicodeScalarView()
        for scalar in clean.unicodeScalars {
            result.append(scalar == "\n" || scalar == "\t" ? " " : scalar)
        }
        return String(result)
    }

    /// `self` with every tab scalar replaced by `replacement`, by scalar for the same
    /// reason as `sanitizedLine`.
    public func replacingTabs(with replacement: String) -> String {
        guard utf8.contains(0x09) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == "\t" { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }
}

/// The policy behind `sanitizedForDisplay`, exposed so tests can check every scalar.
public enum UnicodeSafety {
    public enum Verdict: Sendable { case keep, replace, drop }

    /// Shown in place of a control character: visible, harmless, one column wide.
    public static let marker: Unicode.Scalar = "\u{FFFD}"

    public static func classify(_ scalar: Unicode.Scalar) -> Verdict {
        let value = scalar.value
        switch value {
        case 0x20..<0x7F: return .keep  // printable ASCII, most of any text: no table lookups
        case 0x0A, 0x09: return .keep  // newline and tab: layout, handled by the renderer
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: return .replace  // C0, DEL, C1
        case 0x200D: return .keep  // zero-width joiner: emoji sequences
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF: return .keep  // variation selectors
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return .drop  // bidi controls
        case 0xFFF9...0xFFFB: return .drop  // interlinear annotation
        case 0xFFFD: return .keep
        default:
            if scalar.properties.isDefaultIgnorableCodePoint { return .drop }
            if value >= 0xE0000 && scalar.properties.generalCategory == .unassigned { return .drop }
            return .keep
        }
    }
}
