import Foundation
import WaymarkCurriculum

/// The curriculum compiled into the binary at build time (see the EmbedCurriculum
/// plugin), so `waymark` works wherever it is copied.
public enum BundledCurriculum {
    /// The embedded files as a curriculum source.
    public static var source: any CurriculumSource { EmbeddedCurriculumSource(encodedFiles: encodedFiles) }
}
