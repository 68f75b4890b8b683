/// A loaded curriculum as bytes, and back: what `CurriculumCache` keeps so a large
/// curriculum directory is parsed once, not on every start. The bytes follow from
/// the model's `Codable` conformances (see `SnapshotEncoder`), so a new field needs
/// no code here. The source is not part of it; lesson bodies are still read from
/// the directory when a lesson opens.
enum CurriculumSnapshot {
    static func bytes(of curriculum: Curriculum) throws -> [UInt8] {
        try SnapshotEncoder.bytes(of: curriculum)
    }

    static func curriculum(
        from reader: inout SnapshotReader, source: any CurriculumSource
    ) throws(SnapshotReader.Malformed) -> Curriculum {
        do {
            var curriculum = try SnapshotDecoder.decode(Curriculum.self, from: &reader)
            curriculum.source = source
            return curriculum
        } catch {
            throw SnapshotReader.Malformed()
        }
    }
}
