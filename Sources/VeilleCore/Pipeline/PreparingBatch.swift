import Dispatch
import Synchronization

/// A batch being read, normalised and classified on other threads (`Pipeline.prepare(batch:)`),
/// while the thread that started it commits the batch before.
final class PreparingBatch: Sendable {
    private let items: [Pipeline.BatchItem]
    private let done = DispatchGroup()
    private let prepared = Mutex<Pipeline.PreparedBatch?>(nil)

    private init(items: [Pipeline.BatchItem]) { self.items = items }

    /// Starts preparing `items` on the global queue's threads.
    static func start(_ pipeline: Pipeline, _ items: [Pipeline.BatchItem]) -> PreparingBatch {
        let batch = PreparingBatch(items: items)
        batch.done.enter()
        DispatchQueue.global().async {
            let result = pipeline.prepare(batch: items)
            batch.prepared.withLock { $0 = result }
            batch.done.leave()
        }
        return batch
    }

    /// The prepared batch, once every file of it is.
    func result() -> Pipeline.PreparedBatch {
        done.wait()
        return prepared.withLock { $0 } ?? Pipeline.PreparedBatch(unprepared: items)
    }
}
