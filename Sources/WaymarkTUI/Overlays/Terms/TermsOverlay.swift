import WaymarkCore
import WaymarkCurriculum

/// `t` in the reader: the glossary terms on the visible lines, each with its
/// definition. Any key closes it.
public struct TermsOverlay: Sendable, Equatable {
    /// In the order they first appear on screen.
    public var terms: [GlossaryTerm]

    public init(terms: [GlossaryTerm]) {
        self.terms = terms
    }

    /// The terms of `glossary` that occur in `text` as whole words, ignoring case,
    /// in the order they first occur. A term's edges must not touch a letter or a
    /// digit, so "lease" is not found in "release".
    static func terms(in text: String, glossary: [GlossaryTerm]) -> [GlossaryTerm] {
        let haystack = Array(text.lowercased())
        var found: [(position: Int, term: GlossaryTerm)] = []
        for term in glossary {
            let needle = Array(term.term.lowercased())
            if let position = firstWholeWord(needle, in: haystack) { found.append((position, term)) }
        }
        return found.sorted { $0.position < $1.position }.map(\.term)
    }

    private static func firstWholeWord(_ needle: [Character], in haystack: [Character]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        func isWordCharacter(_ index: Int) -> Bool {
            haystack.indices.contains(index) && (haystack[index].isLetter || haystack[index].isNumber)
        }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            guard haystack[start..<start + needle.count].elementsEqual(needle) else { continue }
            if !isWordCharacter(start - 1) && !isWordCharacter(start + needle.count) { return start }
        }
        return nil
    }

    func handle(_ key: Key) -> OverlayReply {
        key == .character("q") ? OverlayReply(keepOpen: false, effects: [.quit]) : OverlayReply(keepOpen: false)
    }

    /// As many terms as fit, each whole; a last line counts the ones left out.
    func draw(into frame: inout Frame) {
        let width = min(frame.width - 2, 90)
        let inner = width - 4
        let room = max(1, frame.height - 2 - 5)
        var lines: [StyledLine] = []
        var shown = 0
        for term in terms {
            // The term leads its definition's first line; the rest is indented under it.
            let wrapped = TextWrapper.wrap(
                [Span(term.term, .accent), Span(" — " + term.definition.trimmed)], width: inner - 2)
            let block = wrapped.enumerated().map { index, line in index == 0 ? line : [Span("  ")] + line }
            let reserve = shown + 1 < terms.count ? 1 : 0
            guard lines.count + block.count + reserve <= room else { break }
            lines += block
            shown += 1
        }
        if shown < terms.count {
            lines.append([Span("and \(terms.count - shown) more on this screen", .muted)])
        }
        let box = OverlayBox(in: frame, width: width, height: lines.count + 5)
        box.draw(title: "Glossary terms on this screen", into: &frame)
        for (index, line) in lines.enumerated() {
            frame.put(line, x: box.innerX, y: box.y + 2 + index, limit: box.innerWidth)
        }
        frame.put("Any key closes this.", x: box.innerX, y: box.y + box.height - 2, style: .muted, limit: inner)
    }
}
