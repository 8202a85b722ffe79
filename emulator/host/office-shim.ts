// Office.js host shim for the simulator: the subset of the mailbox API the add-in uses.
type OnReadyInfo = { host: Office.HostType | null; platform: Office.PlatformType | null };

const shim = {
  onReady(callback?: (info: OnReadyInfo) => void): Promise<OnReadyInfo> {
    const info: OnReadyInfo = { host: 'Outlook' as unknown as Office.HostType, platform: 'OfficeOnline' as unknown as Office.PlatformType };
    callback?.(info);
    return Promise.resolve(info);
  },
};

(globalThis as unknown as { Office: typeof shim }).Office = shim;
