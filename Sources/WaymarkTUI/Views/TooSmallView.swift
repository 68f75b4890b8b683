import WaymarkCore
import WaymarkCurriculum

/// Shown instead of a screen when the window is below the minimum size.
enum TooSmallView {
    static func draw(_ state: AppState, into frame: inout Frame) {
        let sentence =
            "Waymark needs a window of at least \(AppContext.minimumWidth)×\(AppContext.minimumHeight); "
            + "this one is \(state.width)×\(state.height). Make it larger, or press q to quit."
        let lines = TextWrapper.wrap(sentence, width: max(1, frame.width - 2))
        let top = max(0, (frame.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (frame.width - DisplayWidth.of(line)) / 2)
            frame.put(line, x: x, y: top + index, style: .strong)
        }
    }
}
