// `/help/api/v1/errors.json` (server/utils/help-api.ts), prerendered with the site.
export default defineEventHandler(async event => apiErrors(siteUrlOf(event), (await loadErrorCodes(event)).values()))
