import { describe, expect, it } from 'vitest';
import { glossaryPath, isLang, lessonPath, otherLang, suggestLang, suggestSiteLang, switchLanguagePath } from '../../src/lib/routes.ts';

describe('routes', () => {
  it('builds page paths with trailing slashes', () => {
    expect(lessonPath('zh', 'service-recovery')).toBe('/zh/lessons/service-recovery/');
    expect(glossaryPath('en')).toBe('/en/glossary/');
    expect(glossaryPath('en', 'empowerment')).toBe('/en/glossary/#empowerment');
  });

  it('switches language keeping the rest of the path and the section', () => {
    expect(switchLanguagePath('/zh/lessons/service-recovery/', 'en')).toBe('/en/lessons/service-recovery/');
    expect(switchLanguagePath('/zh/lessons/service-recovery/', 'en', 'solve-quickly')).toBe('/en/lessons/service-recovery/#solve-quickly');
    expect(switchLanguagePath('/en/glossary/', 'zh', '#empowerment')).toBe('/zh/glossary/#empowerment');
    expect(switchLanguagePath('/en', 'zh')).toBe('/zh/');
    expect(switchLanguagePath('/', 'zh')).toBe('/zh/');
    expect(switchLanguagePath('/fr/x/', 'en')).toBe('/en/');
  });

  it('suggests the first supported browser language', () => {
    expect(suggestLang(['zh-CN', 'en'])).toBe('zh');
    expect(suggestLang(['zh-TW'])).toBe('zh');
    expect(suggestLang(['fr-FR', 'en-GB'])).toBe('en');
    expect(suggestLang(['fr-FR'])).toBe('en');
    expect(suggestLang([])).toBe('en');
  });

  it('suggests Traditional Chinese to Taiwan, Hong Kong and zh-Hant browsers', () => {
    expect(suggestSiteLang(['zh-TW', 'en'])).toBe('zh-hant');
    expect(suggestSiteLang(['zh-HK'])).toBe('zh-hant');
    expect(suggestSiteLang(['zh-Hant-MO'])).toBe('zh-hant');
    expect(suggestSiteLang(['zh-CN'])).toBe('zh');
    expect(suggestSiteLang(['zh'])).toBe('zh');
    expect(suggestSiteLang(['fr', 'en-US'])).toBe('en');
  });

  it('knows its languages', () => {
    expect(isLang('zh')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang(undefined)).toBe(false);
    expect(otherLang('zh')).toBe('en');
    expect(otherLang('en')).toBe('zh');
  });
});
