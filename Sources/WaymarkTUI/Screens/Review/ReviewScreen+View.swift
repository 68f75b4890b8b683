import Foundation
import WaymarkCore
import WaymarkCurriculum

extension ReviewScreen {
    func draw(_ app: AppContext, in region: Region, into frame: inout Frame) {
        let width = min(region.width - 4, app.readingWidth)
        var y = region.top + 1
        let bottom = region.top + region.height
        func line(_ text: String, _ style: CellStyle = .plain, indent: Int = 2) {
            for wrapped in TextWrapper.wrap(text, width: max(10, width - indent + 2)) where y < bottom {
                frame.put(wrapped, x: indent, y: y, style: style, limit: region.width - indent - 1)
                y += 1
            }
        }
        guard let queue else {
            line("Gathering the questions of the lessons you have read…", .muted)
            return
        }
        guard let card else {
            for sentence in emptySentences(app, queueCount: queue.count) { line(sentence) }
            return
        }
        let lesson = app.curriculum.lessons[card.lessonID]?.title ?? card.lessonID
        line("card \(position + 1) of \(queue.count) · \(lesson)", .muted)
        y += 1
        line(card.check.question, .strong)
        y += 1
        if let key = card.check.key, answer.verdict != nil || isTyping {
            if y < bottom {
                frame.put("Your answer (\(key.prompt)):", x: 2, y: y, style: .muted, limit: region.width - 3)
                y += 1
            }
            if y < bottom {
                answer.drawField(x: 2, y: y, width: min(40, width), focused: isTyping, into: &frame)
                y += 1
            }
            if isTyping {
                line("Enter checks it; Enter on an empty field just shows the answer.", .muted)
                return
            }
            if y < bottom {
                frame.put(answer.verdictLine(key), x: 2, y: y, limit: region.width - 3)
                y += 1
            }
            y += 1
        } else if stage == .asking {
            line("Recall the answer, then press Space to see it.", .muted)
            return
        }
        line("Answer:", .heading)
        for paragraph in card.check.answer.split(separator: "\n", omittingEmptySubsequences: false) {
            line(String(paragraph))
        }
        y += 1
        switch stage {
        case .loggedAgain:
            line(
                "Logged as Again, since the answer was wrong: it comes back soon. Space or Enter: next card.", .warning)
        default:
            line("How well did you recall it?  1 again · 2 hard · 3 good · 4 easy", .accent)
        }
    }

    /// What shows when no card is left: how many were done, and when the next is due.
    func emptySentences(_ app: AppContext, queueCount: Int) -> [String] {
        guard let deck = app.reviewDeck, !deck.isEmpty else {
            return ["No cards yet: every lesson you mark read adds its self-check questions here."]
        }
        var sentences: [String] = []
        if answered > 0 { sentences.append("Done: \(answered) of \(queueCount) cards reviewed.") }
        let agenda = ReviewAgenda(deck: deck, progress: app.progress, at: app.now, memories: app.reviewMemories.byCard)
        if let next = agenda.nextDue {
            let when = ReviewAgenda.describe(due: next, from: app.now)
            let day = next.formatted(.dateTime.weekday(.wide).day().month(.wide))
            sentences.append("Nothing is due now. The next card is due \(when) (\(day)).")
        } else {
            sentences.append("Nothing is due now.")
        }
        return sentences
    }
}
