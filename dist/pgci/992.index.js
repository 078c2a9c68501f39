import { createRequire as __pgciCreateRequire } from 'node:module';
import { fileURLToPath as __pgciFileURLToPath } from 'node:url';
import { dirname as __pgciDirname } from 'node:path';
const require = __pgciCreateRequire(import.meta.url);
const __filename = __pgciFileURLToPath(import.meta.url);
const __dirname = __pgciDirname(__filename);
export const id = 992;
export const ids = [992];
export const modules = {

/***/ 65992:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ pThrottle)
/* harmony export */ });
const states = new WeakMap();
const signalThrottleds = new WeakMap(); // AbortSignal -> {throttleds: Set<WeakRef>, listener: Function}

const finalizationRegistry = new FinalizationRegistry(({signalWeakRef, weakReference}) => {
	const signal = signalWeakRef.deref();
	if (!signal) {
		return; // Signal already GC'd
	}

	const registration = signalThrottleds.get(signal);
	if (registration) {
		registration.throttleds.delete(weakReference);
		if (registration.throttleds.size === 0) {
			// Remove the abort listener when no throttleds remain
			signal.removeEventListener('abort', registration.listener);
			signalThrottleds.delete(signal);
		}
	}
});

function pThrottle({limit, interval, strict, signal, onDelay, weight}) {
	if (!Number.isFinite(limit)) {
		throw new TypeError('Expected `limit` to be a finite number');
	}

	if (!Number.isFinite(interval)) {
		throw new TypeError('Expected `interval` to be a finite number');
	}

	if (limit < 0) {
		throw new TypeError('Expected `limit` to be >= 0');
	}

	if (interval < 0) {
		throw new TypeError('Expected `interval` to be >= 0');
	}

	if (weight !== undefined && typeof weight !== 'function') {
		throw new TypeError('Expected `weight` to be a function');
	}

	if (weight && interval === 0) {
		throw new TypeError('The `weight` option cannot be used with `interval` of 0');
	}

	// TODO: Uncomment in next major version (breaking change)
	// The combination of strict mode with interval=0 doesn't enforce the limit correctly
	// (minSpacing becomes 0, allowing unlimited calls in the same millisecond).
	// For now, we allow it to avoid breaking existing code, but it should be rejected in v9.
	// if (strict && interval === 0) {
	// 	throw new TypeError('The `strict` option cannot be used with `interval` of 0');
	// }

	const state = {
		queue: new Map(),
		strictTicks: [],
		// Track windowed algorithm state so it can be reset on abort
		currentTick: 0,
		activeWeight: 0,
	};
	const strictCapacity = Math.max(limit, 1);

	// Helper: insert tick maintaining sorted order by time (for weighted strict mode)
	const insertTickSorted = tickRecord => {
		// Optimization: append if it belongs at the end (common case - O(1))
		if (state.strictTicks.length === 0 || tickRecord.time >= state.strictTicks.at(-1).time) {
			state.strictTicks.push(tickRecord);
		} else {
			// Insert at correct position (rare case - O(n))
			const insertIndex = state.strictTicks.findIndex(tick => tick.time > tickRecord.time);
			state.strictTicks.splice(insertIndex, 0, tickRecord);
		}
	};

	function windowedDelay(requestWeight) {
		const now = Date.now();

		if ((now - state.currentTick) > interval) {
			state.activeWeight = requestWeight;
			state.currentTick = now;
			return 0;
		}

		if (state.activeWeight + requestWeight <= limit) {
			state.activeWeight += requestWeight;
		} else {
			state.currentTick += interval;
			state.activeWeight = requestWeight;
		}

		return state.currentTick - now;
	}

	function weightedDelay(requestWeight, now, ticks) {
		// Check both the requested time and future reservations that would share a window with this call. A smaller call must not steal capacity already reserved for a later, heavier call.
		const findBlockingTick = time => {
			let windowStart = 0;
			let windowWeight = 0;

			for (const [index, tick] of ticks.entries()) {
				if (tick.time >= time + interval) {
					break;
				}

				windowWeight += tick.weight;
				const windowEnd = Math.max(time, tick.time);
				while (windowStart <= index && ticks[windowStart].time <= windowEnd - interval) {
					windowWeight -= ticks[windowStart].weight;
					windowStart++;
				}

				if (windowWeight + requestWeight > limit) {
					return ticks[windowStart];
				}
			}
		};

		let nextExecutionTime = now;
		let blockingTick = findBlockingTick(nextExecutionTime);
		while (blockingTick) {
			nextExecutionTime = blockingTick.time + interval;
			blockingTick = findBlockingTick(nextExecutionTime);
		}

		const tickRecord = {
			time: nextExecutionTime,
			weight: requestWeight,
			isExecuted: false,
		};
		insertTickSorted(tickRecord);
		return {delay: Math.max(0, nextExecutionTime - now), tickRecord};
	}

	function strictDelay(requestWeight) {
		const now = Date.now();

		// Clear the queue if there's a significant delay since the last execution
		if (state.strictTicks.length > 0 && now - state.strictTicks.at(-1).time > interval) {
			state.strictTicks.length = 0;
		}

		// For weighted throttling, use time-based sliding window
		if (weight) {
			// Remove ticks outside the current interval window
			while (state.strictTicks.length > 0 && now - state.strictTicks[0].time >= interval) {
				state.strictTicks.shift();
			}

			return weightedDelay(requestWeight, now, state.strictTicks);
		}

		// For non-weighted throttling, use count-based queue (original algorithm)
		// If the queue is not full (treat limit 0 as capacity 1 for seeding), add the current time and execute immediately
		if (state.strictTicks.length < strictCapacity) {
			state.strictTicks.push({time: now, weight: requestWeight});
			return {delay: 0};
		}

		// Calculate next execution time: must be after oldest + interval,
		// AND must be after the most recent to prevent multiple calls bunching up
		const oldestTime = state.strictTicks[0].time;
		const mostRecentTime = state.strictTicks.at(-1).time;
		const baseTime = oldestTime + interval;
		// Add minimum spacing to prevent bunching (except for interval=0)
		const minSpacing = interval > 0 ? Math.ceil(interval / strictCapacity) : 0;
		const nextExecutionTime = baseTime <= mostRecentTime ? mostRecentTime + minSpacing : baseTime;

		// Shift the queue and add a record for the new execution
		state.strictTicks.shift();
		const tickRecord = {time: nextExecutionTime, weight: requestWeight};
		state.strictTicks.push(tickRecord);

		// Calculate the delay for the current execution
		return {delay: Math.max(0, nextExecutionTime - now), tickRecord};
	}

	const getDelay = strict ? strictDelay : windowedDelay;

	return function_ => {
		const throttled = function (...arguments_) {
			if (!throttled.isEnabled) {
				return (async () => function_.apply(this, arguments_))();
			}

			let timeoutId;
			return new Promise((resolve, reject) => {
				// Calculate weight for this call
				let requestWeight = 1;
				if (weight) {
					try {
						requestWeight = weight(...arguments_);
					} catch (error) {
						reject(error);
						return;
					}

					// Validate weight
					if (!Number.isFinite(requestWeight) || requestWeight < 0) {
						reject(new TypeError('Expected `weight` to be a finite non-negative number'));
						return;
					}

					if (requestWeight > limit) {
						reject(new TypeError(`Expected \`weight\` (${requestWeight}) to be <= \`limit\` (${limit})`));
						return;
					}
				}

				const delayResult = getDelay(requestWeight);
				const delay = strict ? delayResult.delay : delayResult;
				let tickRecord = strict ? delayResult.tickRecord : undefined;

				const execute = () => {
					// Revalidate weighted calls at execution time to account for timer drift
					if (tickRecord) {
						const actualTime = Date.now();

						if (weight) {
							const index = state.strictTicks.indexOf(tickRecord);
							if (index !== -1) {
								state.strictTicks.splice(index, 1);
							}

							const executedTicks = state.strictTicks.filter(tick => tick.isExecuted);
							const updatedDelayResult = weightedDelay(requestWeight, actualTime, executedTicks);
							tickRecord = updatedDelayResult.tickRecord;

							if (updatedDelayResult.delay > 0) {
								state.queue.delete(timeoutId);
								timeoutId = setTimeout(execute, updatedDelayResult.delay);
								state.queue.set(timeoutId, reject);
								return;
							}

							tickRecord.isExecuted = true;
						} else {
							tickRecord.time = actualTime;
						}
					}

					try {
						resolve(function_.apply(this, arguments_));
					} catch (error) {
						reject(error);
					}

					state.queue.delete(timeoutId);
				};

				if (delay > 0) {
					timeoutId = setTimeout(execute, delay);
					state.queue.set(timeoutId, reject);
					try {
						onDelay?.(...arguments_);
					} catch {}
				} else {
					execute();
				}
			});
		};

		signal?.throwIfAborted();

		if (signal) {
			let registration = signalThrottleds.get(signal);
			if (!registration) {
				registration = {
					throttleds: new Set(),
					listener: null,
				};

				registration.listener = () => {
					for (const weakReference of registration.throttleds) {
						const function_ = weakReference.deref();
						if (!function_) {
							continue;
						}

						const functionState = states.get(function_);
						if (!functionState) {
							continue;
						}

						for (const timeout of functionState.queue.keys()) {
							clearTimeout(timeout);
							functionState.queue.get(timeout)(signal.reason);
						}

						functionState.queue.clear();
						functionState.strictTicks.length = 0;
						// Reset windowed state so subsequent calls are not artificially delayed
						functionState.currentTick = 0;
						functionState.activeWeight = 0;
					}

					signalThrottleds.delete(signal);
				};

				signalThrottleds.set(signal, registration);
				signal.addEventListener('abort', registration.listener, {once: true});
			}

			const weakReference = new WeakRef(throttled);
			registration.throttleds.add(weakReference);
			finalizationRegistry.register(throttled, {
				signalWeakRef: new WeakRef(signal),
				weakReference,
			});
		}

		throttled.isEnabled = true;

		Object.defineProperty(throttled, 'queueSize', {
			get() {
				return state.queue.size;
			},
		});

		states.set(throttled, state);

		return throttled;
	};
}


/***/ })

};
