package io.sluice.executor.checkpoint;

/**
 * One parallel instance of a job vertex (a chain of operators): the unit that acknowledges checkpoints.
 *
 * @param vertex the vertex's id in the job graph
 * @param subtask the instance's index, from 0
 */
public record TaskId(int vertex, int subtask) {
  public TaskId {
    if (vertex < 0 || subtask < 0) {
      throw new IllegalArgumentException("Invalid task " + vertex + "/" + subtask);
    }
  }

  @Override
  public String toString() {
    return "task " + vertex + "/" + subtask;
  }
}
