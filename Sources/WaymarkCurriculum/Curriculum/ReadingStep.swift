/// One step of a reading order: a sentence, and the lessons and pattern cards it
/// means, so the order can be walked and its steps ticked as they are read.
public struct ReadingStep: Sendable, Hashable, Codable {
    public var text: String
    public var lessonIDs: [String]
    public var patternIDs: [String]

    public init(text: String, lessonIDs: [String] = [], patternIDs: [String] = []) {
        self.text = text
        self.lessonIDs = lessonIDs
        self.patternIDs = patternIDs
    }

    /// A step counts as read when it links lessons and every one is read; a step
    /// with no lessons (a sentence or patterns only) is never ticked, since
    /// nothing in progress says it was done.
    public func isRead(by lessonsRead: Set<String>) -> Bool {
        !lessonIDs.isEmpty && lessonIDs.allSatisfy(lessonsRead.contains)
    }
}
