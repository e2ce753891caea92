import { ChromiumDriver } from './chromium-driver.ts';
import type { Engine, EngineDriver } from './engine-driver.ts';
import { FirefoxDriver } from './firefox-driver.ts';
import { WebKitDriver } from './webkit-driver.ts';

/** A fresh browser of this engine with one page (and a profile of its own), ready to drive. */
export function openEngine(engine: Engine): Promise<EngineDriver> {
  switch (engine) {
    case 'chromium':
      return ChromiumDriver.open();
    case 'firefox':
      return FirefoxDriver.open();
    case 'webkit':
      return WebKitDriver.open();
  }
}
