extension LargeCurriculum {
    /// Column at which prose is wrapped, as in the hand-written lessons.
    static let wrapWidth = 72

    /// One lesson in the house format: front matter, the six required sections, a
    /// code block and a table for the renderer, four self-check questions, and about
    /// 700 words, inside the 400-1200 that `waymark validate` allows.
    func lessonMarkdown(path: Int, phase: Int, lesson: Int) -> String {
        let number = phase * lessonsPerPhase + lesson
        let topic = WordLists.topics[(path + phase + lesson) % WordLists.topics.count]
        var writer = LessonWriter(
            topic: topic, random: SeededGenerator(seed: 0x4C45_5353_0000_0000 | UInt64(path) << 16 | UInt64(number)))
        let minutes = writer.random.number(in: 5...20)
        let quality = writer.random.pick(WordLists.qualities)

        var text = """
            ---
            id: \(lessonID(path: path, phase: phase, lesson: lesson))
            title: "\(Self.capitalized(topic)), part \(number + 1)"
            minutes: \(minutes)
            summary: "The cost of \(topic) in \(quality), and how to tell when it is worth paying."
            tags: [\(pathID(path)), \(phaseID(phase)), generated]

            """
        if number > 0 {
            let previous = lessonID(
                path: path, phase: (number - 1) / lessonsPerPhase, lesson: (number - 1) % lessonsPerPhase)
            text += "prerequisites: [\(previous)]\n"
        }
        text += "---\n\n"

        text += "## Why it matters\n\n"
        text += writer.paragraph(sentences: 4) + "\n\n" + writer.paragraph(sentences: 4) + "\n\n"

        text += "## The core idea\n\n"
        text += writer.paragraph(sentences: 3) + "\n\n"
        text += "### What it promises\n\n"
        for quality in WordLists.qualities.prefix(4) {
            text += writer.bullet("**\(Self.capitalized(quality)).** " + writer.sentence()) + "\n"
        }
        text += "\n" + writer.paragraph(sentences: 3) + "\n\n"

        text += "## A worked example\n\n"
        text += writer.paragraph(sentences: 2) + "\n\n"
        text += writer.codeBlock() + "\n\n"
        text += writer.table() + "\n\n"
        text += writer.paragraph(sentences: 2) + "\n\n"

        text += "## Common mistakes\n\n"
        for _ in 0..<4 {
            text += writer.bullet(writer.fill(writer.random.pick(WordLists.mistakes))) + "\n"
        }

        text += "\n## Self-check\n\n"
        for question in 0..<4 {
            text += writer.question(question) + "\n\n"
        }

        text += "## Further reading\n\n"
        for reading in 0..<3 {
            text += writer.bullet(writer.fill(WordLists.readings[(number + reading) % WordLists.readings.count])) + "\n"
        }
        return text
    }
}
