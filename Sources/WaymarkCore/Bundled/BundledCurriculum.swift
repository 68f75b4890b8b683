import WaymarkCurriculum

/// The curriculum compiled into the binary at build time (see the EmbedCurriculum
/// plugin), so `waymark` works wherever it is copied.
public enum BundledCurriculum {
    /// The curriculum, already checked and parsed: no YAML is read at start-up.
    public static var curriculum: Curriculum { parsed(source: source) }

    /// The embedded files as a curriculum source: lesson bodies are read from it,
    /// and `waymark validate` checks it again.
    public static var source: any CurriculumSource {
        EmbeddedCurriculumSource(encodedFiles: encodedFiles, selfChecks: selfChecks)
    }
}
