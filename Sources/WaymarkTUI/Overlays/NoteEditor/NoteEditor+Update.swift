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
        case .alt("\n"), .alt("\r"): editor.insert("\n")
        case .tab: editor.insert(" ")
        default:
            // Every other text and readline key, as every field in the app takes them.
            if let edit = LineEditor.Edit(key), !editor.apply(edit) {
                return OverlayReply(
                    keepOpen: true,
                    outcomes: [.message("The note is full: \(editor.capacity) characters at most.", isError: true)])
            }
        }
        return OverlayReply(keepOpen: true)
    }
}
