import WaymarkCore
import WaymarkCurriculum

extension SearchOverlay {
    mutating func handle(_ key: Key, _ app: AppContext) -> OverlayReply {
        switch key {
        case .escape: return OverlayReply(keepOpen: false)
        case .up, .control("p"): cursor = max(0, cursor - 1)
        case .down, .control("n"), .tab: cursor = min(max(0, results.count - 1), cursor + 1)
        case .enter:
            guard results.indices.contains(cursor) else { return OverlayReply(keepOpen: true) }
            return OverlayReply(keepOpen: false, outcomes: open(results[cursor], app))
        case .paste(let text): query.insert(text.replacingTabs(with: " ").sanitizedLine)
        case .character(let character): query.insert(String(character))
        case .backspace, .control("h"): query.deleteBackward()
        case .delete, .control("d"): query.deleteForward()
        case .left, .control("b"): query.moveLeft()
        case .right, .control("f"): query.moveRight()
        case .home, .control("a"): query.moveToLineStart()
        case .end, .control("e"): query.moveToLineEnd()
        case .control("u"): query.deleteToLineStart()
        case .control("w"): query.deleteWordBackward()
        default: break
        }
        refresh(app)
        return OverlayReply(keepOpen: true)
    }

    /// What opening a result asks of the root: a lesson opens scrolled to the match.
    func open(_ result: SearchResult, _ app: AppContext) -> [Outcome] {
        switch result.kind {
        case .lesson:
            var outcomes = LessonScreen.open(result.id, in: [result.id], app)
            if case .push(.lesson(var lesson)) = outcomes.first {
                lesson.findTerm = term
                outcomes[0] = .push(.lesson(lesson))
            }
            return outcomes
        default:
            return ReferenceLinks.outcomes(opening: result.kind, id: result.id, app)
        }
    }
}
