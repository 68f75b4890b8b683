import WaymarkCore
import WaymarkCurriculum

/// Something drawn over the current screen that takes the keys until closed.
public enum Overlay: Sendable, Equatable {
    case help
    /// "Help me choose": the learner picks a profile; the cursor is on it.
    case chooser(cursor: Int)
    case textInput(TextInput)
}

/// A one-line editor for a deliverable note or a criterion's evidence.
public struct TextInput: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case deliverableNote(String)
        case criterionEvidence(String, SelfRating)
    }

    public var target: Target
    public var prompt: String
    public var text: String

    public init(target: Target, prompt: String, text: String) {
        self.target = target
        self.prompt = prompt
        self.text = text
    }
}
