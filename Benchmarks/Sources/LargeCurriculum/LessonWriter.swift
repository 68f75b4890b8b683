/// Writes the blocks of one generated lesson about `topic`, wrapped the way the
/// hand-written lessons are, drawing every choice from its seeded generator.
struct LessonWriter {
    let topic: String
    var random: SeededGenerator

    /// A template with its holes filled: the lesson's topic, another topic, a
    /// system, a quality and a number.
    mutating func fill(_ template: String) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            switch rest[rest.index(after: open)..<close] {
            case "topic": result += topic
            case "other": result += otherTopic()
            case "system": result += random.pick(WordLists.systems)
            case "quality": result += random.pick(WordLists.qualities)
            case "number": result += String(random.number(in: 3...900))
            default: result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private mutating func otherTopic() -> String {
        let other = random.pick(WordLists.topics)
        guard other == topic else { return other }
        return WordLists.topics[0] == topic ? WordLists.topics[1] : WordLists.topics[0]
    }

    mutating func sentence() -> String { fill(random.pick(WordLists.sentences)) }

    mutating func paragraph(sentences count: Int) -> String {
        Self.wrap((0..<count).map { _ in sentence() }.joined(separator: " "))
    }

    /// A `- ` item; continuation lines are indented so they stay in the item.
    func bullet(_ text: String) -> String {
        Self.wrap(text, width: LargeCurriculum.wrapWidth - 2).split(separator: "\n").enumerated().map {
            ($0.offset == 0 ? "- " : "  ") + $0.element
        }.joined(separator: "\n")
    }

    /// A short piece of pseudo-code, well inside the 76 columns lint allows.
    mutating func codeBlock() -> String {
        let name = topic.map { $0 == " " || $0 == "-" ? "_" : $0 }.map(String.init).joined()
        return """
            ```
            def handle(request):
                deadline = now() + budget_ms(\(random.number(in: 20...400)))
                for replica in pick_replicas("\(name)", count=\(random.number(in: 2...7))):
                    reply = send(replica, request, deadline)
                    if reply.ok:
                        return reply
                raise Timeout("\(name) gave up after the deadline")
            ```
            """
    }

    mutating func table() -> String {
        var rows = ["| step | what happens | cost |", "|---|---|---|"]
        for step in 1...4 {
            rows.append(
                "| \(step) | \(random.pick(WordLists.verbs).lowercased()) \(random.pick(WordLists.topics)) "
                    + "| \(random.number(in: 1...250)) ms |")
        }
        return rows.joined(separator: "\n")
    }

    /// One `Q:` / `A:` pair of the self-check.
    mutating func question(_ index: Int) -> String {
        let questions = [
            "What does {topic} cost {system} in {quality}, and when is that cost paid?",
            "How would you notice, from the dashboards alone, that {topic} is misbehaving?",
            "Why does {topic} interact badly with {other} under heavy load?",
            "What is the simplest correct design for {topic} in {system}?",
        ]
        let question = fill(questions[index % questions.count])
        let answer = sentence() + " " + sentence()
        return Self.wrap("Q: " + question) + "\n\n" + Self.wrap("A: " + answer)
    }

    /// Greedy word wrap; the text is ASCII, so UTF-8 bytes are columns.
    static func wrap(_ text: String, width: Int = LargeCurriculum.wrapWidth) -> String {
        var wrapped = ""
        var column = 0
        for word in text.split(separator: " ") {
            let length = word.utf8.count
            if column > 0 && column + 1 + length > width {
                wrapped += "\n"
                column = 0
            } else if column > 0 {
                wrapped += " "
                column += 1
            }
            wrapped += word
            column += length
        }
        return wrapped
    }
}
