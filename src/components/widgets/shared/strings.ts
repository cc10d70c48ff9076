/** UI strings every widget frame uses. Widget-specific strings live beside each widget. */
export const frameStrings = {
  zh: {
    reset: '重置',
    resetConfirm: '清空这个工具中的全部内容?',
    copy: '复制为 Markdown',
    copied: '已复制到剪贴板。',
    copyFailed: '无法复制,请手动选择文本。',
    download: '下载',
    saved: '你的内容会自动保存在本浏览器中。',
    example: '示例',
    loadExample: '载入示例',
  },
  en: {
    reset: 'Reset',
    resetConfirm: 'Clear everything in this tool?',
    copy: 'Copy as Markdown',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy; please select the text by hand.',
    download: 'Download',
    saved: 'Your work is saved in this browser automatically.',
    example: 'Example',
    loadExample: 'Load example',
  },
} as const;

export type FrameStrings = Record<keyof typeof frameStrings.en, string>;
