import WaymarkCore
import WaymarkCurriculum

/// Renders the whole screen for a state: chrome, the current screen, any overlay.
/// A pure function of the state; the adapter draws the frame it returns.
public enum ScreenRenderer {
    public static func render(_ state: AppState) -> Frame {
        var frame = Frame(width: state.width, height: state.height)
        guard !state.isTooSmall else {
            TooSmallView.draw(state, into: &frame)
            return frame
        }
        let body = Region(top: 2, height: state.bodyHeight, width: state.width)
        switch state.page.screen {
        case .picker: PathPickerView.draw(state, in: body, into: &frame)
        case .bootcamp: BootcampView.draw(state, in: body, into: &frame)
        case .plan(let id): PathPlanView.draw(state, pathID: id, in: body, into: &frame)
        case .phase(let id, let index): PhaseView.draw(state, pathID: id, phaseIndex: index, in: body, into: &frame)
        case .lesson(let route): LessonView.draw(state, route: route, in: body, into: &frame)
        case .criteria(let id): CriteriaView.draw(state, pathID: id, in: body, into: &frame)
        }
        Chrome.draw(state, into: &frame)
        switch state.overlay {
        case .help: HelpOverlayView.draw(state, into: &frame)
        case .chooser(let cursor): ChooserOverlayView.draw(state, cursor: cursor, into: &frame)
        case .textInput(let input): TextInputOverlayView.draw(input, into: &frame)
        case nil: break
        }
        return frame
    }
}

/// The rows a screen may draw in.
public struct Region: Sendable {
    public var top: Int
    public var height: Int
    public var width: Int

    /// The region below its first `rows` rows.
    public func dropping(_ rows: Int) -> Region {
        Region(top: top + rows, height: max(0, height - rows), width: width)
    }
}
