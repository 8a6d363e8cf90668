/** RSS/Atom subscriptions polled on a schedule (by `sitrep serve` or `sitrep worker`). */
export { subscribe, unsubscribe, listFeeds, parseInterval, type FeedStatus } from './subscriptions';
export { FeedScheduler, backoffSeconds, LEASE_S, type PollResult, type SchedulerOptions } from './poll';
export { startFeedPolling } from './background';
