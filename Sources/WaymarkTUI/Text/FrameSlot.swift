import WaymarkCore

extension Frame {
    /// One cell in one machine word, so that a frame is a flat array a key can
    /// rebuild, compare and copy cheaply: no String, no reference counting.
    ///
    /// Bits 0-31 hold the glyph's scalar, or for a glyph of several scalars the
    /// index of its text in the frame's `clusters`; bit 32 says which; bit 33
    /// marks the right half of a wide glyph; bits 40-47 are the packed style.
    struct Slot: Equatable {
        private var bits: UInt64

        private static let clusterBit: UInt64 = 1 << 32
        private static let continuationBit: UInt64 = 1 << 33
        private static let styleShift: UInt64 = 40

        private init(payload: UInt32, flags: UInt64, style: UInt8) {
            bits = UInt64(payload) | flags | UInt64(style) << Self.styleShift
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
        var scalar: Unicode.Scalar { Unicode.Scalar(UInt32(truncatingIfNeeded: bits)) ?? UnicodeSafety.marker }

        /// The index into `clusters`, for a cluster slot.
        var clusterIndex: Int { Int(UInt32(truncatingIfNeeded: bits)) }

        /// A space whose style shows nothing on a blank (see `CellStyle.showsOnBlank`).
        var isSoftBlank: Bool {
            bits & (Self.clusterBit | Self.continuationBit | 0xFFFF_FFFF) == 0x20
                && style & CellStyle.showsOnBlankBits == 0
        }

        var style: UInt8 {
            get { UInt8(truncatingIfNeeded: bits >> Self.styleShift) }
            set { bits = bits & ~(0xFF << Self.styleShift) | UInt64(newValue) << Self.styleShift }
        }

        /// Everything but the cluster index, which differs between frames that
        /// hold the same text.
        func sameShape(as other: Slot) -> Bool {
            (bits ^ other.bits) & ~0xFFFF_FFFF == 0
        }
    }
}
