import WaymarkCore
import WaymarkCurriculum

extension Frame {
    /// One cell in 32 bits, so that a frame is a flat array a key can rebuild,
    /// compare and copy cheaply: no String, no reference counting, 48 KB for
    /// a 200x60 screen.
    ///
    /// Bits 0-20 hold the glyph's scalar, or for a glyph of several scalars the
    /// index of its text in the frame's `clusters`; bit 21 says which; bit 22
    /// marks the right half of a wide glyph; bits 24-31 are the packed style.
    struct Slot: Equatable {
        private var bits: UInt32

        private static let payloadMask: UInt32 = 0x1F_FFFF
        private static let clusterBit: UInt32 = 1 << 21
        private static let continuationBit: UInt32 = 1 << 22
        private static let styleShift: UInt32 = 24
        /// More clusters than a frame can refer to; far more than a screen holds.
        static let clusterLimit = Int(payloadMask) + 1

        private init(payload: UInt32, flags: UInt32, style: UInt8) {
            bits = payload | flags | UInt32(style) << Self.styleShift
        }

        static func scalar(_ scalar: Unicode.Scalar, _ style: UInt8) -> Slot {
            Slot(payload: scalar.value, flags: 0, style: style)
        }

        static func cluster(_ index: Int, _ style: UInt8) -> Slot {
            Slot(payload: UInt32(index), flags: clusterBit, style: style)
        }

        static func continuation(_ style: UInt8) -> Slot {
            Slot(payload: 0, flags: continuationBit, style: style)
        }

        static func blank(_ style: UInt8) -> Slot { scalar(" ", style) }

        var isContinuation: Bool { bits & Self.continuationBit != 0 }
        var isCluster: Bool { bits & Self.clusterBit != 0 }

        /// The scalar, for a slot that is neither a cluster nor a continuation.
        var scalar: Unicode.Scalar { Unicode.Scalar(bits & Self.payloadMask) ?? UnicodeSafety.marker }

        /// The index into `clusters`, for a cluster slot.
        var clusterIndex: Int { Int(bits & Self.payloadMask) }

        /// A space whose style shows nothing on a blank (see `CellStyle.showsOnBlank`).
        var isSoftBlank: Bool {
            bits & (Self.clusterBit | Self.continuationBit | Self.payloadMask) == 0x20
                && style & CellStyle.showsOnBlankBits == 0
        }

        var style: UInt8 {
            get { UInt8(truncatingIfNeeded: bits >> Self.styleShift) }
            set { bits = bits & ~(0xFF << Self.styleShift) | UInt32(newValue) << Self.styleShift }
        }

        /// Everything but the cluster index, which differs between frames that
        /// hold the same text.
        func sameShape(as other: Slot) -> Bool {
            (bits ^ other.bits) & ~Self.payloadMask == 0
        }
    }
}
