import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every response, with a Content Security Policy that is enforced: the app's own
 * scripts only (no inline script, no eval), no framing (a kiosk page cannot be put inside another site),
 * nothing fetched from elsewhere (the kiosk makes no third-party requests).
 *
 * @example
 * app.use('*', securityHeaders());
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'"],
      manifestSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    // The camera may later scan a device enrolment code; the screen may be kept awake at events.
    permissionsPolicy: {
      camera: ['self'],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
      screenWakeLock: ['self'],
    },
  });
}
