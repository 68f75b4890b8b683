import WaymarkCore
import WaymarkCurriculum

/// The editor for a deliverable's note, a criterion's evidence or an insight for
/// the journal: readline keys, several lines, and pastes taken as text.
public struct NoteEditor: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case deliverableNote(String)
        /// The evidence of a criterion's latest rating.
        case criterionEvidence(String)
        /// A new journal entry on a lesson: added, never an edit of an old one.
        case journal(lessonID: String)
    }

    public var target: Target
    public var prompt: String
    public var editor: LineEditor

    public init(target: Target, prompt: String, text: String) {
        self.target = target
        self.prompt = prompt
        editor = LineEditor(text)
    }

    public var text: String { editor.text }
}
