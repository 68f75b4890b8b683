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
        /// The style to draw it in, packed as a frame keeps it (see `CellStyle.packed`).
        var packedStyle: UInt8
        /// The glyph's scalar, or the first of its scalars.
        var scalar: Unicode.Scalar
        /// Every scalar of a glyph that has more than one.
        var cluster: String?

        var style: CellStyle { CellStyle(packed: packedStyle) }
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

    /// Calls `body` with each glyph of `change`, left to right, in the style to
    /// draw it in: its own, except for blanks whose style shows nothing (see
    /// `CellStyle.showsOnBlank`). A run of those is drawn in the style of the glyph
    /// after it, or else of the one before it, as long as that too shows nothing on
    /// a blank, so drawing nothing never makes the terminal switch attributes one
    /// more time than the text around it does. A run with nothing after it is
    /// plain: the terminal library clears a plain end of line in one sequence.
    func forEachGlyph(in change: Change, _ body: (Glyph) -> Void) {
        let row = change.y * width
        let end = change.x + change.columns
        var left: UInt8?
        var x = change.x
        while x < end {
            let slot = slots[row + x]
            if slot.isSoftBlank {
                var next = x + 1
                while next < end, slots[row + next].isSoftBlank { next += 1 }
                var style = CellStyle.plain.packed
                if next < end {
                    let right = slots[row + next].style
                    if right & CellStyle.showsOnBlankBits == 0 {
                        style = right
                    } else if let left, left & CellStyle.showsOnBlankBits == 0 {
                        style = left
                    }
                }
                for blank in x..<next { body(Glyph(x: blank, width: 1, packedStyle: style, scalar: " ", cluster: nil)) }
                x = next
                continue
            }
            let width = x + 1 < end && slots[row + x + 1].isContinuation ? 2 : 1
            let cluster = slot.isCluster ? clusters[slot.clusterIndex] : nil
            body(
                Glyph(
                    x: x, width: width, packedStyle: slot.style, scalar: cluster?.unicodeScalars.first ?? slot.scalar,
                    cluster: cluster))
            left = slot.style
            x += width
        }
    }
}
