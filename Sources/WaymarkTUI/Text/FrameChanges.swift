extension Frame {
    /// A stretch of one row to redraw: from its first changed cell to its last,
    /// widened to whole glyphs.
    struct Change: Equatable {
        var y: Int
        var x: Int
        var columns: Int
    }

    /// One glyph of a change, as the terminal library is handed it.
    struct Glyph {
        var x: Int
        /// 2 when the glyph's right half is the next cell, else 1.
        var width: Int
        var style: CellStyle
        /// The glyph's scalar, or the first of its scalars.
        var scalar: Unicode.Scalar
        /// Every scalar of a glyph that has more than one.
        var cluster: String?
    }

    /// What to redraw on a screen that shows `previous` (nil: a blank screen) to
    /// make it show this frame, keeping within `columns` and `rows` (the terminal
    /// may have shrunk since the frame was rendered). The terminal library
    /// compares again before it writes, but handing it unchanged cells is work too.
    func changes(since previous: Frame?, columns: Int, rows: Int) -> [Change] {
        let previous = previous ?? Frame(width: width, height: height)
        precondition(previous.width == width && previous.height == height)
        let limit = min(width, columns)
        var changes: [Change] = []
        for y in 0..<min(height, rows) {
            let row = y * width
            var start = 0
            while start < limit, slot(row + start, equals: previous) { start += 1 }
            guard start < limit else { continue }
            var end = limit
            while slot(row + end - 1, equals: previous) { end -= 1 }
            while start > 0, slots[row + start].isContinuation { start -= 1 }
            if end < width, slots[row + end].isContinuation {
                // The right half of the last glyph: past the screen's edge, leave it out.
                end = end < limit ? end + 1 : end - 1
            }
            if start < end { changes.append(Change(y: y, x: start, columns: end - start)) }
        }
        return changes
    }

    /// Calls `body` with each glyph of `change`, left to right.
    func forEachGlyph(in change: Change, _ body: (Glyph) -> Void) {
        let row = change.y * width
        let end = change.x + change.columns
        for x in change.x..<end where !slots[row + x].isContinuation {
            let slot = slots[row + x]
            body(
                Glyph(
                    x: x, width: x + 1 < end && slots[row + x + 1].isContinuation ? 2 : 1,
                    style: CellStyle(packed: slot.style),
                    scalar: slot.isCluster ? clusters[slot.clusterIndex].unicodeScalars.first! : slot.scalar,
                    cluster: slot.isCluster ? clusters[slot.clusterIndex] : nil))
        }
    }
}
