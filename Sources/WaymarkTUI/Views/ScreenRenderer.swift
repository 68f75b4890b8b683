import WaymarkCore
import WaymarkCurriculum

/// Renders the whole screen for a state: the screen on top, the chrome, any
/// overlay. A pure function of the state; the adapter draws the frame it returns.
public enum ScreenRenderer {
    public static func render(_ state: AppState) -> Frame {
        var frame = Frame(width: state.width, height: state.height)
        guard !state.isTooSmall else {
            TooSmallView.draw(state, into: &frame)
            return frame
        }
        let body = Region(top: 2, height: state.app.bodyHeight, width: state.width)
        state.screen.draw(state.app, in: body, into: &frame)
        Chrome.draw(state, into: &frame)
        state.overlay?.draw(state, into: &frame)
        return frame
    }
}
