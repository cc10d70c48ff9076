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
  { name: 'satisfaction-loyalty', lesson: 'customer-service', title: { zh: '满意度—忠诚度坐标图', en: 'Satisfaction–loyalty plot' }, summary: { zh: '把顾客放到满意度—忠诚度坐标上，认识传道者、图利者、囚禁者和破坏者，并比较竞争性与非竞争性市场中两者关系的曲线。', en: 'Place customers on the satisfaction–loyalty plane to meet apostles, mercenaries, hostages and terrorists, and compare the curve linking the two in competitive and non-competitive markets.' } },
  { name: 'service-style', lesson: 'customer-service', title: { zh: '服务风格自评', en: 'Service style self-check' }, summary: { zh: '逐项评价一项服务的程序面和个人面，看它落在冷淡型、工厂型、友善动物园型还是优质服务型，以及应先改进哪些项目。', en: 'Rate the procedural and personal sides of a service item by item to see whether it is a freezer, a factory, a friendly zoo or quality service, and which items to work on first.' } },
];

export const widgetNames = () => widgets.map((w) => w.name);
