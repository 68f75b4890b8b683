import WaymarkCore

/// The line that tells a learner their progress holds entries for ids the course
/// no longer has, and how to remove them; drawn on Today and the path picker in
/// the blank row under their first line.
enum OrphanNotice {
    static func draw(_ app: AppContext, at y: Int, width: Int, into frame: inout Frame) {
        let count = app.progressKeys.orphanCount(in: app.progress)
        guard count > 0 else { return }
        let ids = count == 1 ? "1 id" : "\(count) ids"
        frame.put(
            "Progress kept for \(ids) no longer in this course · waymark forget ID", x: 2, y: y, style: .warning,
            limit: width - 3)
    }
}
