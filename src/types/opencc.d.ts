declare module 'opencc-js/core' {
  type DictLike = string | string[][];
  type DictGroup = DictLike[];
  export function ConverterFactory(...dictGroups: DictGroup[][]): (text: string) => string;
}
declare module 'opencc-js/from/tw' { const dicts: string[][]; export default dicts; }
declare module 'opencc-js/from/hk' { const dicts: string[][]; export default dicts; }
declare module 'opencc-js/to/cn' { const dicts: string[][]; export default dicts; }
