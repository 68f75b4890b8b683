import WaymarkCore
import WaymarkCurriculum

extension NoteEditor {
    mutating func handle(_ key: Key, _ app: AppContext) -> OverlayReply {
        switch key {
        case .escape:
            return OverlayReply(keepOpen: false, outcomes: [.message("Note not changed.", isError: false)])
        case .enter:
            let change: ProgressChange =
                switch target {
                case .deliverableNote(let id): .setNote(deliverableID: id, text, at: app.now)
                case .criterionEvidence(let id): .setEvidence(criterionID: id, text)
                }
            return OverlayReply(keepOpen: false, outcomes: [.change(change)])
        case .paste(let pasted):
            if !editor.insert(pasted) {
                return OverlayReply(
                    keepOpen: true,
                    outcomes: [.message("The note is full: \(editor.capacity) characters at most.", isError: true)])
            }
        case .alt("\n"), .alt("\r"): editor.insert("\n")
        case .character(let character): editor.insert(String(character))
        case .tab: editor.insert(" ")
        case .backspace, .control("h"): editor.deleteBackward()
        case .delete, .control("d"): editor.deleteForward()
        case .left, .control("b"): editor.moveLeft()
        case .right, .control("f"): editor.moveRight()
        case .home, .control("a"): editor.moveToLineStart()
        case .end, .control("e"): editor.moveToLineEnd()
        case .alt("b"): editor.moveWordLeft()
        case .alt("f"): editor.moveWordRight()
        case .control("u"): editor.deleteToLineStart()
        case .control("k"): editor.deleteToLineEnd()
        case .control("w"): editor.deleteWordBackward()
        default: break
        }
        return OverlayReply(keepOpen: true)
    }
}
