import WaymarkCore

/// Something drawn over the current screen that takes the keys until closed. Each
/// lives in its own folder under `Overlays/`, and is registered here.
public enum Overlay: Sendable, Equatable {
    case help
    case chooser(ChooserOverlay)
    case noteEditor(NoteEditor)
    case quitGuard(QuitGuard)
    case search(SearchOverlay)
    case lessonPicker(LessonPicker)
    case terms(TermsOverlay)
    case attachChooser(AttachChooser)
    case answerBox(AnswerBox)

    /// Handles a key; `reply.keepOpen` false closes the overlay.
    mutating func handle(_ key: Key, _ app: AppContext) -> OverlayReply {
        switch self {
        case .help:
            return key == .character("q")
                ? OverlayReply(keepOpen: false, effects: [.quit]) : OverlayReply(keepOpen: false)
        case .chooser(var chooser):
            defer { self = .chooser(chooser) }
            return chooser.handle(key, app)
        case .noteEditor(var editor):
            defer { self = .noteEditor(editor) }
            return editor.handle(key, app)
        case .quitGuard(let guardian):
            return guardian.handle(key)
        case .search(var search):
            defer { self = .search(search) }
            return search.handle(key, app)
        case .lessonPicker(var picker):
            defer { self = .lessonPicker(picker) }
            return picker.handle(key, app)
        case .terms(let terms):
            return terms.handle(key)
        case .attachChooser(var chooser):
            defer { self = .attachChooser(chooser) }
            return chooser.handle(key, app)
        case .answerBox(var box):
            defer { self = .answerBox(box) }
            return box.handle(key, app)
        }
    }

    func draw(_ state: AppState, into frame: inout Frame) {
        switch self {
        case .help: HelpOverlay.draw(state, into: &frame)
        case .chooser(let chooser): chooser.draw(state.app, into: &frame)
        case .noteEditor(let editor): editor.draw(into: &frame)
        case .quitGuard(let guardian): guardian.draw(state, into: &frame)
        case .search(let search): search.draw(state.app, into: &frame)
        case .lessonPicker(let picker): picker.draw(state.app, into: &frame)
        case .terms(let terms): terms.draw(into: &frame)
        case .attachChooser(let chooser): chooser.draw(into: &frame)
        case .answerBox(let box): box.draw(into: &frame)
        }
    }
}

/// What an overlay asks of the root after a key.
public struct OverlayReply: Sendable, Equatable {
    public var keepOpen: Bool
    public var outcomes: [Outcome] = []
    public var effects: [Effect] = []
}
