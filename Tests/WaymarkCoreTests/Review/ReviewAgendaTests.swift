import Foundation
import PropertyBased
import Testing
import WaymarkCurriculum

@testable import WaymarkCore

@Suite("Review agenda")
struct ReviewAgendaTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// The agenda as it was first written: an entry for every card, sorted, then
    /// filtered. The agenda now sorts positions and builds entries when read; what
    /// it gives must be the same.
    struct Reference {
        var entries: [ReviewAgenda.Entry]
        var due: [ReviewAgenda.Entry]
        var nextDue: Date?

        init(deck: [ReviewCard], lessonsRead: [String: Date], memories: [String: CardMemory], now: Date) {
            let unsorted = deck.map { card in
                let memory = memories[card.id]
                let readAt = lessonsRead[card.lessonID] ?? now
                return ReviewAgenda.Entry(
                    card: card, memory: memory, due: memory?.due ?? min(readAt, now), reviews: memory?.reps ?? 0)
            }
            let order = unsorted.indices.sorted { left, right in
                unsorted[left].due != unsorted[right].due ? unsorted[left].due < unsorted[right].due : left < right
            }
            entries = order.map { unsorted[$0] }
            due = entries.filter { $0.due <= now }
            nextDue = entries.first { $0.due > now }?.due
        }
    }

    /// A deck, the lessons read and the memories, from generated numbers: cards of
    /// a few lessons in runs, due dates that tie, lessons read in the future or
    /// never, cards never reviewed.
    static let scene = Gen.int(in: 0...Int.max).array(of: 0...60).map {
        numbers -> (deck: [ReviewCard], lessonsRead: [String: Date], memories: [String: CardMemory]) in
        var deck: [ReviewCard] = []
        var lessonsRead: [String: Date] = [:]
        var memories: [String: CardMemory] = [:]
        for (index, number) in numbers.enumerated() {
            let lessonID = "lesson-\(number % 4 == 0 ? index : index / 3)"
            let card = ReviewCard(
                lessonID: lessonID, check: SelfCheck(question: "Question \(number % 50)?", answer: "A.", key: nil))
            deck.append(card)
            if number / 4 % 3 != 0 {
                lessonsRead[lessonID] = now.addingTimeInterval(Double(number / 12 % 5 - 3) * 3_600)
            }
            if number / 60 % 3 != 0 {
                let due = now.addingTimeInterval(Double(number / 180 % 7 - 3) * 86_400)
                memories[card.id] = CardMemory(
                    stability: 2.5, difficulty: 5, due: due, lastReview: due.addingTimeInterval(-86_400),
                    reps: number % 6 + 1, lapses: 0)
            }
        }
        return (deck, lessonsRead, memories)
    }

    @Test("entries, due cards, the next due date and lookups are as sorting every entry gives them")
    func sameAsSortingEntries() async {
        await propertyCheck(count: 300, input: Self.scene) { scene in
            var progress = LearnerProgress()
            progress.lessonsRead = scene.lessonsRead
            let agenda = ReviewAgenda(deck: scene.deck, progress: progress, at: Self.now, memories: scene.memories)
            let reference = Reference(
                deck: scene.deck, lessonsRead: scene.lessonsRead, memories: scene.memories, now: Self.now)
            #expect(Array(agenda.entries) == reference.entries)
            #expect(Array(agenda.due) == reference.due)
            #expect(agenda.nextDue == reference.nextDue)
            for card in scene.deck {
                #expect(agenda.entry(id: card.id) == reference.entries.first { $0.card.id == card.id })
            }
            #expect(agenda.entry(id: "no such card") == nil)
        }
    }

    @Test("cards come due as the agenda's moment moves on")
    func laterMoment() {
        let card = ReviewCard(lessonID: "l", check: SelfCheck(question: "Q?", answer: "A.", key: nil))
        let due = Self.now.addingTimeInterval(3_600)
        let memory = CardMemory(
            stability: 1, difficulty: 5, due: due, lastReview: Self.now, reps: 1, lapses: 0)
        var agenda = ReviewAgenda(deck: [card], progress: LearnerProgress(), at: Self.now, memories: [card.id: memory])
        #expect(agenda.due.isEmpty)
        #expect(agenda.nextDue == due)
        agenda.now = due
        #expect(agenda.due.map(\.card) == [card])
        #expect(agenda.nextDue == nil)
    }
}
