export { registerDirectLine, type DirectLineChannel, type DirectLineDeps, type DirectLineSettings } from './directLine';
export { createAdapterDelivery, type AdapterDeliveryOptions } from './adapterDelivery';
export type { Deliver } from './conversations';
