/**
 * The step being read, from where the steps are: the last one whose top has reached the trigger line.
 * Before the first step gets there the answer is the first step (0), never "none": the pinned graphic
 * shows the first step's chart from the moment its section comes into view, rather than an empty box
 * or a state no step asked for.
 */
export function activeStep(tops: readonly number[], line: number): number {
	let index = 0;
	tops.forEach((top, i) => {
		if (top <= line) index = i;
	});
	return index;
}
