package io.sluice.connectors.nexmark;

/**
 * The parameters of the Nexmark event stream, from the table's options; the same values in the {@code person},
 * {@code auction} and {@code bid} tables give three views of one stream, whose ids match.
 *
 * @param numEvents events in the whole stream (all kinds), 0 for an endless stream
 * @param firstEventRate events per second of event time: how fast event time advances with the event count
 * @param personProportion persons in each block of {@link #totalProportion()} events
 * @param auctionProportion auctions in each block
 * @param bidProportion bids in each block
 * @param hotAuctionRatio one bid in this many goes to a random in-flight auction, the others to the hot one
 * @param hotBidderRatio one bid in this many comes from a random active person, the others from the hot bidder
 * @param hotSellerRatio one auction in this many is sold by a random active person, the others by the hot seller
 * @param personAvgSize nominal size of a person in bytes, reached by padding {@code extra}
 * @param auctionAvgSize nominal size of an auction
 * @param bidAvgSize nominal size of a bid
 * @param seed makes a different stream; the same seed gives the same stream
 * @param baseTime event time of the first event, epoch milliseconds
 */
record NexmarkConfig(long numEvents, long firstEventRate, int personProportion, int auctionProportion,
    int bidProportion, int hotAuctionRatio, int hotBidderRatio, int hotSellerRatio, int personAvgSize,
    int auctionAvgSize, int bidAvgSize, long seed, long baseTime) {

  /** The length of the repeating pattern of event kinds. */
  int totalProportion() {
    return personProportion + auctionProportion + bidProportion;
  }

  /** Whether the stream ends. */
  boolean bounded() {
    return numEvents > 0;
  }
}
