/**
 * The chart that stands for the whole story where one picture must: the story's link preview and the
 * image of its structured data. The boat-strikes toll is the story's running thread and reads at a glance.
 */
export const LEAD_CHART = 'boat-strikes';
