/**
 * Every widget the course has: its name (as used in `<Widget name>`), its title and one-line
 * purpose in both languages, and the lesson it belongs to. The tools pages list these.
 */
export interface WidgetInfo {
  name: string;
  lesson: string;
  title: { zh: string; en: string };
  summary: { zh: string; en: string };
}

export const widgets: WidgetInfo[] = [
  // One entry per widget, in syllabus order, e.g.
  // { name: 'swot', lesson: 'strategic-analysis', title: { zh: 'SWOT 分析器', en: 'SWOT builder' }, summary: { zh: '…', en: '…' } },
];

export const widgetNames = () => widgets.map((w) => w.name);
