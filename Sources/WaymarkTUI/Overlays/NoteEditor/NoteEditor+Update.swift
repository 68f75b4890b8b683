import WaymarkCore
import WaymarkCurriculum

extension NoteEditor {
    mutating func handle(_ key: Key, _ app: AppContext) -> OverlayReply {
        switch key {
        case .escape:
            let text = if case .journal = target { "Nothing noted." } else { "Note not changed." }
            return OverlayReply(keepOpen: false, outcomes: [.message(text, isError: false)])
        case .enter:
            let change: ProgressChange
            switch target {
            case .deliverableNote(let id): change = .setNote(deliverableID: id, text, at: app.now)
            case .criterionEvidence(let id): change = .setEvidence(criterionID: id, text)
            case .journal(let id):
                guard !text.trimmed.isEmpty else {
                    return OverlayReply(
                        keepOpen: false, outcomes: [.message("Nothing noted: the insight was empty.", isError: false)])
                }
                let entry = JournalEntry(lessonID: id, at: app.now, text: text)
                return OverlayReply(
                    keepOpen: false,
                    outcomes: [.change(.addJournalEntry(entry)), .message("Noted in your journal.", isError: false)])
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
